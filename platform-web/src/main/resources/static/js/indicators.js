/* Draws the indicators page's charts (templates/indicator/page.html) with Apache ECharts, served
   from the echarts WebJar. The numbers come from the data-* attributes of the tables' rows, which
   carry the exact values; without JavaScript (or without ECharts) the tables show everything. No
   inline script: the page's Content-Security-Policy forbids it. */
(function () {
  'use strict';

  if (typeof window.echarts === 'undefined') {
    return;
  }

  function rows(tableId) {
    var table = document.getElementById(tableId);
    return table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-period]')) : [];
  }

  function number(row, name) {
    var text = row.getAttribute(name);
    return text === null || text === '' ? null : Number(text);
  }

  function percent(value) {
    return value === null ? null : Math.round(value * 10000) / 100;
  }

  var formatMoney = new Intl.NumberFormat(document.documentElement.lang || undefined,
    { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  var builders = {
    'percent-line': function (data, label) {
      return {
        tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return v === null ? '—' : v.toFixed(2) + ' %'; } },
        xAxis: { type: 'category', data: data.periods },
        yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
        series: [{ name: label, type: 'line', data: data.values.map(percent), symbolSize: 8, connectNulls: false }]
      };
    },
    'bar': function (data, label, label2) {
      return {
        tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return formatMoney.format(v); } },
        legend: { data: [label, label2] },
        xAxis: { type: 'category', data: data.periods },
        yAxis: { type: 'value' },
        series: [
          { name: label, type: 'bar', data: data.values },
          { name: label2, type: 'bar', data: data.values2 }
        ]
      };
    },
    'bar-line': function (data, label, label2) {
      return {
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        legend: { data: [label, label2] },
        xAxis: { type: 'category', data: data.periods },
        yAxis: [
          { type: 'value', minInterval: 1 },
          { type: 'value', axisLabel: { formatter: '{value} %' } }
        ],
        series: [
          { name: label, type: 'bar', data: data.values },
          { name: label2, type: 'line', yAxisIndex: 1, data: data.values2.map(percent) }
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
    var data = {
      periods: found.map(function (r) { return r.getAttribute('data-period'); }),
      values: found.map(function (r) { return number(r, 'data-value'); }),
      values2: found.map(function (r) { return number(r, 'data-value2'); })
    };
    var chart = window.echarts.init(container);
    chart.setOption(build(data, container.getAttribute('data-label'), container.getAttribute('data-label2')));
    charts.push(chart);
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
