// The paper page's "Copy BibTeX" button. The page hides the button, since without this script it
// could do nothing; the script shows it, copies the entry and says so in the page's live region.
"use strict";
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  var source = document.getElementById(button.getAttribute("data-copy"));
  var status = button.parentElement.querySelector(".copy-status");
  if (!source) {
    return;
  }
  function announce(message) {
    if (status) {
      status.textContent = message;
      setTimeout(function () { status.textContent = ""; }, 4000);
    }
  }
  // Without the clipboard API (an http:// preview, an older browser), select the text for Ctrl+C.
  function selectText() {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    announce("Selected: press Ctrl+C or ⌘C to copy");
  }
  button.addEventListener("click", function () {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent).then(function () { announce("Copied"); }, selectText);
    } else {
      selectText();
    }
  });
  button.hidden = false;
});
