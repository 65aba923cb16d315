/// The stylesheet and the script, served at `/static/…` (no CDN, nothing inline, so
/// the Content-Security-Policy can forbid inline script and style).
enum Assets {
    static let css = """
        :root { font-family: "NanumGothic", "Noto Sans CJK KR", system-ui, sans-serif; color: #1b1b1b; }
        body { margin: 0; background: #fafafa; }
        header { display: flex; gap: 1.5em; align-items: baseline; padding: .7em 1.2em; background: #24323f; color: #fff; }
        header a { color: #fff; text-decoration: none; }
        header nav a { margin-right: 1em; }
        .brand { font-weight: bold; }
        .archive { opacity: .8; }
        header .user { margin-left: auto; opacity: .8; }
        form.sign-in label { display: flex; flex-direction: column; max-width: 20em; }
        form.sign-in input { font-size: 1.1em; padding: .3em; }
        main { padding: 1em 1.5em; max-width: 80em; }
        .banner { margin: 0; padding: .4em 1.2em; background: #e8eef3; font-size: .9em; }
        .banner.reveal { background: #ffd7c2; font-weight: bold; }
        .banner.problem { background: #ffe9a8; }
        .error { color: #a00000; font-weight: bold; }
        bdi, td, li, h1, h2, p { overflow-wrap: anywhere; }
        table { border-collapse: collapse; margin: .5em 0 1em; }
        th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
        th { background: #eef1f4; }
        input[type=search], input[type=text] { font-size: 1.1em; padding: .3em; width: 24em; max-width: 90%; }
        form.controls { display: flex; flex-wrap: wrap; gap: .8em; align-items: end; margin: .5em 0; }
        form.controls label { display: flex; flex-direction: column; font-size: .85em; }
        .tabs a { margin-right: 1em; }
        .diagram { overflow: auto; border: 1px solid #ccc; background: #fff; max-height: 80vh; }
        .diagram svg { max-width: none; }
        .diagram g.node.person-link { cursor: pointer; }
        .downloads a { margin-right: 1em; }
        .muted { color: #666; }
        .chart { margin: .5em 2em 1em 0; display: inline-block; vertical-align: top; }
        .status-punished { color: #a00000; font-weight: bold; }
        .status-unlinked { color: #8a5a00; font-weight: bold; }
        .status-at-risk { color: #0b5394; }
        """

    /// Live search (results as you type, from `/api/find`) and clickable people in
    /// diagrams. Builds the DOM with `textContent`, never `innerHTML`.
    static let js = """
        "use strict";
        (function () {
          function personLink(id) { return "/person?id=" + encodeURIComponent(id); }
          function liveSearch() {
            var box = document.getElementById("search-box");
            var list = document.getElementById("search-results");
            if (!box || !list) { return; }
            var timer = null, asked = 0;
            box.addEventListener("input", function () {
              if (timer) { clearTimeout(timer); }
              timer = setTimeout(function () {
                var text = box.value.trim();
                var ticket = ++asked;
                if (text.length === 0) { list.textContent = ""; return; }
                fetch("/api/find?name=" + encodeURIComponent(text), { credentials: "same-origin" })
                  .then(function (r) { return r.ok ? r.json() : { results: [], partial: [] }; })
                  .then(function (answer) {
                    if (ticket !== asked) { return; }
                    list.textContent = "";
                    var all = (answer.results || []).concat(answer.partial || []);
                    if (all.length === 0) {
                      var none = document.createElement("li");
                      none.textContent = "No one matches.";
                      list.appendChild(none);
                    }
                    all.slice(0, 50).forEach(function (m) {
                      var item = document.createElement("li");
                      var a = document.createElement("a");
                      a.href = personLink(m.person);
                      a.className = "result";
                      a.textContent = m.name + " (" + m.person + ")";
                      item.appendChild(a);
                      if (m.matched && m.matched !== m.name) {
                        var note = document.createElement("span");
                        note.className = "muted";
                        note.textContent = " matched " + m.matched;
                        item.appendChild(note);
                      }
                      list.appendChild(item);
                    });
                  })
                  .catch(function () {});
              }, 150);
            });
          }
          function diagramLinks() {
            document.querySelectorAll(".diagram[data-people]").forEach(function (box) {
              var people = new Set(JSON.parse(box.getAttribute("data-people") || "[]"));
              box.querySelectorAll("g.node").forEach(function (node) {
                var title = node.querySelector("title");
                var id = title ? title.textContent : "";
                if (!people.has(id)) { return; }
                node.classList.add("person-link");
                node.setAttribute("data-person", id);
                node.addEventListener("click", function () { window.location.href = personLink(id); });
              });
            });
          }
          document.addEventListener("DOMContentLoaded", function () { liveSearch(); diagramLinks(); });
        })();
        """
}
