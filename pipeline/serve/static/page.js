// Progressive enhancement only: the page works as a plain form post without this file.
(function () {
  "use strict";
  var copy = document.getElementById("copy");
  if (copy) {
    copy.addEventListener("click", function () {
      var block = document.getElementById(copy.dataset.target);
      var done = function () { document.getElementById("copied").textContent = "복사했습니다"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(block.value).then(done, function () { block.select(); document.execCommand("copy"); done(); });
      } else {
        block.select(); document.execCommand("copy"); done();
      }
    });
  }

  function mark(link, scroll) {
    var sentence = document.getElementById(link.dataset.sentence);
    if (!sentence) return;
    document.querySelectorAll("mark.src.active, a.bullet.active").forEach(function (el) { el.classList.remove("active"); });
    sentence.classList.add("active");
    link.classList.add("active");
    if (scroll) sentence.scrollIntoView({ behavior: "smooth", block: "center" });
  }

  document.querySelectorAll("a.bullet[data-sentence]").forEach(function (link) {
    link.addEventListener("mouseenter", function () { mark(link, true); });
    link.addEventListener("focus", function () { mark(link, true); });
    link.addEventListener("click", function (event) { event.preventDefault(); mark(link, true); history.replaceState(null, "", link.getAttribute("href")); });
  });
})();
