/*
 * The contract form's helpers; the page works without them and the server's checks decide.
 * - The subtype list follows the chosen contract type (the options come grouped by type from
 *   the server, each <optgroup data-type="...">).
 * - The buyer's unified social credit code is checked as it is typed (GB 32100-2015 with the
 *   GB 11714 organisation-code check character) and the result shown in the hint beside it,
 *   in the page's language. The texts, and which input to check, are data-* attributes of the
 *   form's hidden #contract-form-texts (data-credit-code names the input's id).
 */
(function () {
  'use strict';

  var CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  var WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  var ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

  /** GB 11714 over positions 9-16: digits are their value, letters A=10 ... Z=35. */
  function organisationCheck(code) {
    var sum = 0;
    for (var i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
      sum += parseInt(code.charAt(8 + i), 36) * ORGANISATION_WEIGHTS[i];
    }
    var check = 11 - (sum % 11);
    if (check === 10) {
      return 'X';
    }
    return check === 11 ? '0' : String(check);
  }

  /** GB 32100 over positions 1-17: values are indices in CHARSET. */
  function finalCheck(code) {
    var sum = 0;
    for (var i = 0; i < WEIGHTS.length; i++) {
      sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - (sum % 31)) % 31);
  }

  /** 'valid', or why not: 'length', 'charset', 'organisation', 'check'. */
  function creditCodeProblem(code) {
    for (var i = 0; i < code.length; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return 'charset';
      }
    }
    if (code.length !== 18) {
      return 'length';
    }
    if (code.charAt(16) !== organisationCheck(code)) {
      return 'organisation';
    }
    if (code.charAt(17) !== finalCheck(code)) {
      return 'check';
    }
    return 'valid';
  }

  function setUpCreditCode(input, texts) {
    var hint = document.getElementById(input.id + '-hint');
    if (!hint) {
      return;
    }
    hint.setAttribute('aria-live', 'polite');
    var original = hint.textContent;
    function show() {
      var code = input.value.trim().toUpperCase();
      hint.classList.remove('field-hint--ok', 'field-hint--problem');
      if (code.length === 0) {
        hint.textContent = original;
        return;
      }
      var problem = creditCodeProblem(code);
      var key = 'msg' + problem.charAt(0).toUpperCase() + problem.slice(1);
      var text = texts.dataset[key] || original;
      hint.textContent = text.replace('{0}', String(code.length));
      hint.classList.add(problem === 'valid' ? 'field-hint--ok' : 'field-hint--problem');
    }
    input.addEventListener('input', show);
    show();
  }

  function setUpSubtypes(typeSelect, subtypeSelect, texts) {
    var placeholder = subtypeSelect.querySelector('option[value=""]');
    var groups = {};
    Array.prototype.forEach.call(subtypeSelect.querySelectorAll('optgroup[data-type]'), function (group) {
      groups[group.getAttribute('data-type')] = Array.prototype.map.call(group.querySelectorAll('option'),
        function (option) {
          return { value: option.value, text: option.textContent, selected: option.selected };
        });
    });
    var hint = document.getElementById('subtype-hint');
    var hintText = hint ? hint.textContent : '';
    var noneText = texts.getAttribute('data-none-text') || '';
    var chosen = subtypeSelect.value;

    function rebuild() {
      var options = groups[typeSelect.value];
      var keep = subtypeSelect.value || chosen;
      chosen = '';
      while (subtypeSelect.firstChild) {
        subtypeSelect.removeChild(subtypeSelect.firstChild);
      }
      if (placeholder) {
        subtypeSelect.appendChild(placeholder);
      }
      var hasSubtypes = typeSelect.value !== '' && options && options.length > 0;
      (options || []).forEach(function (o) {
        var option = document.createElement('option');
        option.value = o.value;
        option.textContent = o.text;
        option.selected = o.value === keep;
        subtypeSelect.appendChild(option);
      });
      // a type without subtypes (technical consulting) sends none
      subtypeSelect.disabled = typeSelect.value !== '' && !hasSubtypes;
      if (hint) {
        hint.textContent = subtypeSelect.disabled ? noneText : hintText;
      }
    }
    typeSelect.addEventListener('change', rebuild);
    rebuild();
  }

  function init() {
    var texts = document.getElementById('contract-form-texts');
    var creditCode = texts && document.getElementById(texts.getAttribute('data-credit-code'));
    if (creditCode) {
      setUpCreditCode(creditCode, texts);
    }
    var typeSelect = document.getElementById('type');
    var subtypeSelect = document.getElementById('subtype');
    if (texts && typeSelect && subtypeSelect) {
      setUpSubtypes(typeSelect, subtypeSelect, texts);
    }
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
