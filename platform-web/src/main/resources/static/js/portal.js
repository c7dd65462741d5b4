/*
 * Behaviour every portal page shares, loaded by the layout (no inline script: strict CSP).
 * - The main navigation folds behind a "menu" button on narrow screens. Without this script the
 *   button stays hidden and the navigation stays open.
 * - Its groups are <details> disclosures, which open and close with Enter, Space or a click and
 *   tell assistive technology whether they are open without any script. This script adds what a
 *   menu is expected to do besides: one group open at a time; Escape closes the open group (and
 *   returns the focus to its name), or else the folded menu; a click or the focus elsewhere
 *   closes it.
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

  function setUpGroups() {
    var groups = Array.prototype.slice.call(document.querySelectorAll('.main-nav__disclosure'));
    var nav = document.querySelector('.main-nav');
    if (!groups.length) {
      return;
    }
    function closeAllBut(keep) {
      groups.forEach(function (group) {
        if (group !== keep && group.open) {
          group.open = false;
        }
      });
    }
    groups.forEach(function (group) {
      group.addEventListener('toggle', function () {
        if (group.open) {
          closeAllBut(group);
        }
      });
      group.addEventListener('focusout', function (event) {
        if (group.open && event.relatedTarget && !group.contains(event.relatedTarget)) {
          group.open = false;
        }
      });
    });
    document.addEventListener('click', function (event) {
      groups.forEach(function (group) {
        if (group.open && !group.contains(event.target)) {
          group.open = false;
        }
      });
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') {
        return;
      }
      var open = groups.filter(function (group) { return group.open; })[0];
      var toggle = nav && nav.querySelector('.main-nav__toggle');
      if (open) {
        open.open = false;
        open.querySelector('summary').focus();
      } else if (toggle && nav.classList.contains('main-nav--open')) {
        toggle.click();
        toggle.focus();
      }
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
    document.addEventListener('DOMContentLoaded', setUpGroups);
  } else {
    setUpMenu();
    setUpGroups();
  }
  setUpConfirmations();
}());
