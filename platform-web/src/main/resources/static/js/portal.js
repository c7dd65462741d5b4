/*
 * Behaviour every portal page shares, loaded by the layout (no inline script: strict CSP).
 * - The main navigation folds behind a "menu" button on narrow screens. Without this script the
 *   button stays hidden and the navigation stays open.
 * - A form or submit button with data-confirm asks before an action that cannot be undone; so does
 *   a radio button or checkbox with data-confirm that the user newly checked (disabling an
 *   account). The server does not rely on it: without script the forms still work, and the
 *   irreversible actions sit behind a confirmation step of their own.
 */
(function () {
  'use strict';

  function setUpMenu() {
    var nav = document.querySelector('.main-nav');
    var toggle = nav && nav.querySelector('.main-nav__toggle');
    if (!toggle) {
      return;
    }
    toggle.hidden = false;
    nav.classList.add('main-nav--foldable');
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('main-nav--open', open);
    });
  }

  function setUpConfirmations() {
    document.addEventListener('submit', function (event) {
      var form = event.target;
      var submitter = event.submitter;
      var question = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
      var choice = form.querySelector('input:checked[data-confirm]');
      if (!question && choice && !choice.defaultChecked) {
        question = choice.getAttribute('data-confirm');
      }
      if (question && !window.confirm(question)) {
        event.preventDefault();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpMenu);
  } else {
    setUpMenu();
  }
  setUpConfirmations();
}());
