/* Follows an import job on its page (templates/imports/job.html): polls the job's JSON every
   second, moves the progress bar and the line above it, and reloads the page once the job has
   finished so that the server shows the result or the table of errors. No inline script: the
   page's Content-Security-Policy forbids it. */
(function () {
  'use strict';

  var section = document.getElementById('import-job');
  if (!section) {
    return;
  }
  var url = section.getAttribute('data-job-url');
  var finished = { DONE: true, FAILED: true };
  if (!url || finished[section.getAttribute('data-status')]) {
    return;
  }
  var phase = document.getElementById('import-phase');
  var bar = document.getElementById('import-bar');

  function text(name, processed, total) {
    var pattern = section.getAttribute('data-text-' + name) || '';
    return pattern.replace('{0}', processed.toLocaleString()).replace('{1}', total == null ? '' : total.toLocaleString());
  }

  function show(job) {
    if (finished[job.status]) {
      window.location.reload();
      return true;
    }
    var total = job.totalRows;
    if (job.status === 'PENDING') {
      phase.textContent = text('pending', 0, null);
    } else if (total == null) {
      phase.textContent = text('reading', job.processedRows, null);
    } else {
      phase.textContent = text(job.status === 'WRITING' ? 'writing' : 'validating', job.processedRows, total);
    }
    if (bar) {
      var percent = total ? Math.min(100, Math.floor(job.processedRows * 100 / total)) : 0;
      bar.value = percent;
      bar.textContent = percent + ' %';
    }
    return false;
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (job) {
        if (!show(job)) {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        // a hiccup of the network: try again a little later
        window.setTimeout(poll, 3000);
      });
  }

  window.setTimeout(poll, 500);
}());
