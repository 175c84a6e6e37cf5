/// The one stylesheet: readable type, AA contrast (text #1a1a1a on white, links #0645ad), visible focus.
enum Stylesheet {
    static let css = """
        body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 62rem; padding: 0 1rem; line-height: 1.5; }
        nav a { margin-right: 1rem; color: #0645ad; }
        a { color: #0645ad; }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
        .src { font-size: .85em; color: #4a4a4a; }
        .bar { vertical-align: middle; } .bar rect { fill: #1f5f8b; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #999; padding: .4rem; text-align: left; vertical-align: top; }
        fieldset { border: 1px solid #999; margin: 0 0 1rem; }
        .progress { display: block; width: 100%; height: .6rem; background: #ddd; } .progress rect { fill: #1f5f8b; }
        button { background: #1f5f8b; color: #fff; border: 0; padding: .5rem 1rem; font-size: 1rem; cursor: pointer; }
        button.secondary { background: #4a4a4a; }
        textarea { width: 100%; min-height: 12rem; }
        .notice { background: #fff3cd; border: 1px solid #8a6d00; padding: .5rem; }
        """
}
