// Added by `papers:serve` to every page it serves, never to a built site. It reloads the page when a
// newer build of the site is served, and shows the latest build's problems over the page until a
// build succeeds. Written with the DOM rather than markup, so a problem's text is never parsed as HTML.
(function () {
  'use strict';
  var script = document.currentScript;
  var build = script.getAttribute('data-build');
  var overlay = null;

  function show(problems) {
    if (!overlay) {
      var stylesheet = document.createElement('link');
      stylesheet.rel = 'stylesheet';
      stylesheet.href = script.getAttribute('data-stylesheet');
      document.head.appendChild(stylesheet);
      overlay = document.createElement('section');
      overlay.className = 'paper-digest-problems';
      overlay.setAttribute('role', 'alert');
      var heading = document.createElement('h2');
      heading.textContent = 'The site did not build';
      var note = document.createElement('p');
      note.textContent = 'You are looking at the last site that built. Fix these problems and save: '
          + 'the page reloads when the site builds.';
      var hide = document.createElement('button');
      hide.type = 'button';
      hide.textContent = 'Hide';
      hide.addEventListener('click', remove);
      overlay.append(heading, note, document.createElement('pre'), hide);
      document.body.appendChild(overlay);
    }
    overlay.querySelector('pre').textContent = problems.join('\n');
  }

  function remove() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  var events = new EventSource(script.getAttribute('data-events'));
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (state.build !== build) {
      location.reload();
    } else if (state.problems.length > 0) {
      show(state.problems);
    } else {
      remove();
    }
  });
})();
