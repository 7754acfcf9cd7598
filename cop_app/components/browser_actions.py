"""What a server handler asks the browser to do, without ``eval``.

The Content-Security-Policy (``cop_app/web_security.py``) has no
``'unsafe-eval'``, and Reflex 0.10.1 runs ``rx.call_script`` code, and the
text of a server-sent ``rx.call_function``, with ``eval`` (the frontend's
``utils/state.js``). So the app's handlers never send script text. Two pieces,
both compiled into every page by :func:`browser_actions` (an app wrap, see
``cop_app.py``):

* **A channel for the browser actions a handler needs**: submit a hidden POST
  form (sign-in and sign-out, :func:`post_form`) and replace the address
  without a navigation (:func:`cop_app.state.browser.replace_url`). A handler returns
  ``rx.set_value(<channel>, {...})``: Reflex's ``_set_value`` event assigns
  the value to ``refs[<channel>].current.value`` (a DOM ref, normally), and
  the channel's ref is an object whose ``value`` setter runs the named action
  with the value's plain data. Nothing is evaluated, nothing is kept in a
  state var (the sign-in hand-off code stays out of the state, as before),
  and the action runs once, in order with the handler's other events, exactly
  as the script did. Unknown actions are ignored (logged).
* **Toasts sent by server handlers.** ``rx.toast.error(...)`` returned by a
  handler arrives as a ``_call_function`` event whose ``function`` is
  JavaScript text, for instance
  ``(() => (refs['__toast']?.["error"]("Some fields need another look.")))``,
  which ``state.js`` passes to ``eval``. The page replaces the global
  ``eval`` by a reader of exactly the shapes ``rx.toast`` produces (a call of
  the toast function with literal arguments: strings, numbers, booleans,
  null, arrays and objects; and Reflex's own error toast with its
  ``window.alert`` fallback), which shows the toast from the parsed data and
  evaluates nothing. Any other text goes on to the real ``eval``, which the
  policy refuses (and reports): a toast with a callback or a computed
  argument would be refused too. The wire format stays as Reflex makes it.

Focus moves need neither: ``rx.set_focus`` is a built-in event. One focus
move is done here for every form: **when the server's answer shows field
errors, focus goes to the first field in error** (WCAG 3.3.1). After a submit
or a button press, the first error message to appear or change (an
``role=alert`` element whose id ends in ``-error``, see ``components/forms.py``) within ten
seconds moves focus to the control it describes (``aria-describedby``), or to
the first control of the group it describes; the first in page order wins.
"""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex_base.utils import format
from reflex_base.utils.imports import ImportVar
from reflex_components_core.base.fragment import Fragment

from cop_app.components.live import LIVE_JS
from cop_app.state.browser import CHANNEL

_REF = format.format_ref(CHANNEL)

_CHANNEL_CODE = rf"""
// The browser actions a server handler may ask for (cop_app/components/browser_actions.py).
const copBrowserActions = {{
  post_form(request) {{
    if (typeof request.target !== "string" || !request.target) return;
    const form = document.createElement("form");
    form.method = "POST";
    form.action = request.target;
    for (const [name, value] of Object.entries(request.fields ?? {{}})) {{
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = String(value);
      form.appendChild(input);
    }}
    document.body.appendChild(form);
    form.submit();
  }},
  scroll_to_hash() {{
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!/^[A-Za-z][\w-]*$/.test(id)) return;
    let tries = 0;
    const look = () => {{
      const target = document.getElementById(id);
      if (!target) {{
        if (++tries < 30) setTimeout(look, 100);
        return;
      }}
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.scrollIntoView({{ block: "start" }});
      target.focus({{ preventScroll: true }});
    }};
    look();
  }},
  replace_url(request) {{
    const url = request.url;
    if (typeof url === "string" && url.startsWith("/") && !url.startsWith("//")) {{
      window.history.replaceState(null, "", url);
    }}
  }},
}};
// Reflex's _set_value event assigns refs[ref].current.value: the setter runs the action.
refs["{_REF}"] = {{
  current: {{
    get value() {{
      return undefined;
    }},
    set value(request) {{
      const name = request?.action;
      if (typeof name === "string" && Object.hasOwn(copBrowserActions, name)) {{
        copBrowserActions[name](request);
      }} else {{
        console.error("cop: unknown browser action", request);
      }}
    }},
  }},
}};
"""

_TOAST_CODE = r"""
// Server-sent toasts without eval (cop_app/components/browser_actions.py).
const copToastLevels = ["success", "error", "info", "warning", "message", "loading", "dismiss"];
function copReadToast(code) {
  let i = 0;
  const fail = () => {
    throw new SyntaxError("not a toast");
  };
  const skip = () => {
    while (i < code.length && " \t\r\n".includes(code[i])) i++;
  };
  const eat = (text) => {
    skip();
    if (!code.startsWith(text, i)) return false;
    i += text.length;
    return true;
  };
  const need = (text) => eat(text) || fail();
  const string = () => {
    skip();
    if (code[i] !== '"') fail();
    let j = i + 1;
    while (j < code.length && code[j] !== '"') j += code[j] === "\\" ? 2 : 1;
    if (j >= code.length) fail();
    const text = JSON.parse(code.slice(i, j + 1));
    i = j + 1;
    return text;
  };
  const list = (close, item) => {
    const items = [];
    if (eat(close)) return items;
    do items.push(item()); while (eat(","));
    need(close);
    return items;
  };
  const value = () => {
    skip();
    if (code[i] === '"') return string();
    if (eat("(")) {
      const inner = value();
      need(")");
      return inner;
    }
    if (eat("{")) {
      const members = list("}", () => {
        let key;
        if (eat("[")) {
          key = string();
          need("]");
        } else {
          key = string();
        }
        need(":");
        return [key, value()];
      });
      return Object.fromEntries(members);
    }
    if (eat("[")) return list("]", value);
    const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(code.slice(i));
    if (!literal) fail();
    i += literal[0].length;
    return JSON.parse(literal[0]);
  };
  const toastCall = () => {
    need("refs['__toast']");
    let level = null;
    if (eat("?.[")) {
      level = string();
      need("]");
      if (!copToastLevels.includes(level)) fail();
    }
    need("(");
    return { level, args: list(")", value) };
  };
  need("(");
  need("(");
  need(")");
  need("=>");
  need("(");
  let call;
  let alert = null;
  if (eat("isTrue(")) {
    // Reflex's own error toast: the toast when the toaster is there, else an alert.
    need("refs['__toast']");
    need(")");
    need("?");
    need("(");
    call = toastCall();
    need(")");
    need(":");
    need("(");
    need("window.alert(");
    const text = string();
    need(".replaceAll(");
    const from = string();
    need(",");
    const to = string();
    need(")");
    need(")");
    need(")");
    alert = text.replaceAll(from, to);
  } else {
    call = toastCall();
  }
  need(")");
  need(")");
  skip();
  if (i !== code.length) fail();
  return () => {
    const toast = refs["__toast"];
    if (toast) {
      const show = call.level === null ? toast : toast[call.level];
      return show(...call.args);
    }
    if (alert !== null) window.alert(alert);
    return undefined;
  };
}
if (typeof window !== "undefined" && !window.__copToastEval) {
  const realEval = window.eval;
  window.__copToastEval = true;
  window.eval = function copEval(code) {
    if (typeof code === "string") {
      let toast = null;
      try {
        toast = copReadToast(code);
      } catch {
        toast = null;
      }
      if (toast !== null) return toast;
    }
    return realEval(code);
  };
}
"""


_FOCUS_ERRORS_CODE = r"""
// Focus the first field in error once the server's answer shows it
// (cop_app/components/browser_actions.py).
if (typeof window !== "undefined" && !window.__copFocusErrors) {
  window.__copFocusErrors = true;
  // Watches the page only while armed (after a submit or a button press): live
  // updates on an idle page cost nothing.
  let armedUntil = 0;
  const WATCH = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["aria-invalid"],
  };
  const arm = () => {
    armedUntil = Date.now() + 10000;
    observer.observe(document.documentElement, WATCH);
  };
  document.addEventListener("submit", arm, true);
  document.addEventListener(
    "click",
    (event) => event.target instanceof Element && event.target.closest("button") && arm(),
    true,
  );
  const CONTROL = [
    "input:not([type=hidden]):not([disabled])",
    "select:not([disabled])",
    "textarea:not([disabled])",
    "button:not([disabled])",
    "[tabindex]:not([tabindex='-1'])",
  ].join(", ");
  const ALERT = '[role="alert"][id$="-error"]';
  const controlFor = (alert) => {
    const described = document.querySelector(`[aria-describedby~="${CSS.escape(alert.id)}"]`);
    if (!described) return null;
    return described.matches(CONTROL) ? described : described.querySelector(CONTROL);
  };
  const focusFirstError = () => {
    for (const alert of document.querySelectorAll(ALERT)) {
      const control = controlFor(alert);
      if (control) {
        control.focus();
        return true;
      }
    }
    return false;
  };
  const isErrorNode = (node) => node instanceof Element
    && (node.matches(ALERT) || node.querySelector(ALERT) !== null);
  const observer = new MutationObserver((records) => {
    if (Date.now() > armedUntil) {
      observer.disconnect();
      return;
    }
    // A message appears, or one already shown changes its words (a second
    // submit with the field still wrong), or a control becomes invalid.
    const inAlert = (node) => (node instanceof Element ? node : node.parentElement)?.closest(ALERT);
    const errorShown = records.some((r) => [...r.addedNodes].some(isErrorNode)
      || (r.type !== "attributes" && inAlert(r.target))
      || (r.type === "attributes" && r.target.getAttribute("aria-invalid") === "true"));
    if (errorShown && focusFirstError()) {
      armedUntil = 0;
      observer.disconnect();
    }
  });
}
"""


class BrowserActions(Fragment):
    """Renders nothing; brings the channel and the toast reader into the page,
    and the live store (``assets/cop_live.js``) into the app's first bundle: it
    must read the websocket's first messages, which a page's on_load (run as
    the socket connects) may send before the page's own code has loaded."""

    def add_imports(self) -> dict[str, Any]:
        return {"$/utils/state": [ImportVar(tag="refs")], LIVE_JS: [ImportVar(tag="useCopThread")]}

    def add_custom_code(self) -> list[str]:
        return [_CHANNEL_CODE, _TOAST_CODE, _FOCUS_ERRORS_CODE]


def browser_actions() -> rx.Component:
    """The component, for ``rx.App(extra_app_wraps=...)``."""
    return BrowserActions.create()
