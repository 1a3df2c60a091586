// Article page: hovering or clicking a quote in the text shows who said it, through whom,
// and highlights the quote in the side panel (and the other way round). No data is read
// from the page's text: the popover clones the side panel entry the server rendered.
(function () {
  "use strict";
  var pop = document.getElementById("pop");
  var text = document.getElementById("text");
  if (!pop || !text) return;
  var pinned = null;

  function parts(n) { return document.querySelectorAll('.text [data-q="' + n + '"]'); }
  function entry(n) { return document.querySelector('.side-quote[data-q="' + n + '"]'); }

  function highlight(n, on) {
    parts(n).forEach(function (el) { el.classList.toggle("hl", on); });
    var item = entry(n);
    if (item) item.classList.toggle("hl", on);
  }

  function show(n, anchor) {
    var item = entry(n);
    if (!item) return;
    var card = item.cloneNode(true);
    card.removeAttribute("id");
    card.removeAttribute("data-q");
    card.className = "pop-card";
    pop.replaceChildren(card);
    pop.hidden = false;
    var box = anchor.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(8, left) + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
  }

  function hide() { if (pinned === null) pop.hidden = true; }

  text.addEventListener("mouseover", function (event) {
    var el = event.target.closest("[data-q]");
    if (!el) return;
    highlight(el.dataset.q, true);
    show(el.dataset.q, el);
  });
  text.addEventListener("mouseout", function (event) {
    var el = event.target.closest("[data-q]");
    if (!el || el.dataset.q === pinned) return;
    highlight(el.dataset.q, false);
    hide();
  });
  text.addEventListener("click", function (event) {
    var el = event.target.closest("[data-q]");
    if (pinned !== null) highlight(pinned, false);
    pinned = el && el.dataset.q !== pinned ? el.dataset.q : null;
    if (pinned === null) { pop.hidden = true; return; }
    highlight(pinned, true);
    show(pinned, el);
    var item = entry(pinned);
    if (item) item.scrollIntoView({ block: "nearest" });
  });
  document.querySelectorAll(".side-quote").forEach(function (item) {
    item.addEventListener("mouseenter", function () { highlight(item.dataset.q, true); });
    item.addEventListener("mouseleave", function () { if (item.dataset.q !== pinned) highlight(item.dataset.q, false); });
    item.addEventListener("click", function () {
      var first = parts(item.dataset.q)[0];
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  });
})();
