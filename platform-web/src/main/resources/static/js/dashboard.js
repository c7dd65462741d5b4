/* Draws the dashboard's and the annual report's charts (templates/dashboard/page.html,
   templates/report/annual.html) with Apache ECharts from the echarts WebJar. The figures come from
   the data-* attributes of the tables' rows, which carry the exact values; without JavaScript the
   tables show everything. Also the report's print button. No inline script: the pages' Content
   Security Policy forbids it. */
(function () {
  'use strict';

  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  if (typeof window.echarts === 'undefined') {
    return;
  }

  function rows(tableId) {
    var table = document.getElementById(tableId);
    return table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]')) : [];
  }

  function number(row, name) {
    var text = row.dataset[name];
    return text === undefined || text === '' ? null : Number(text);
  }

  var locale = document.documentElement.lang || undefined;
  var compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 });
  var plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  var builders = {
    'bar': function (found, container) {
      var column = container.getAttribute('data-column');
      return {
        grid: { left: 64, right: 16, top: 24, bottom: 32 },
        tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return plain.format(v); } },
        xAxis: { type: 'category', data: found.map(function (r) { return r.dataset.label; }) },
        yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: function (v) { return compact.format(v); } } },
        series: [{ name: container.getAttribute('data-label'), type: 'bar', barMaxWidth: 48,
          data: found.map(function (r) { return number(r, column); }),
          label: { show: true, position: 'top', formatter: function (p) { return compact.format(p.value); } } }]
      };
    },
    'comparison': function (found, container) {
      var label = container.getAttribute('data-label');
      var label2 = container.getAttribute('data-label2');
      return {
        grid: { left: 64, right: 72, top: 40, bottom: 48 },
        legend: { data: [label, label2] },
        tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return plain.format(v); } },
        xAxis: { type: 'category', data: found.map(function (r) { return r.dataset.label; }), axisLabel: { interval: 0 } },
        yAxis: [
          { type: 'value', minInterval: 1 },
          { type: 'value', axisLabel: { formatter: function (v) { return compact.format(v); } } }
        ],
        series: [
          { name: label, type: 'bar', barMaxWidth: 40, data: found.map(function (r) { return number(r, 'highTech'); }) },
          { name: label2, type: 'bar', barMaxWidth: 40, yAxisIndex: 1,
            data: found.map(function (r) { return number(r, 'turnover'); }) }
        ]
      };
    }
  };

  var charts = [];
  Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart]'), function (container) {
    var build = builders[container.getAttribute('data-chart')];
    var found = rows(container.getAttribute('data-table'));
    if (!build || found.length === 0) {
      container.hidden = true;
      return;
    }
    var chart = window.echarts.init(container);
    chart.setOption(build(found, container));
    charts.push(chart);
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
