// Draws each alerted key's timeline from the data the report embeds, with the inlined ECharts.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('nabiz-data').textContent);
  var STATE_COLORS = {open: '#d62728', updated: '#ff7f0e', escalated: '#9467bd', resolved: '#2ca02c'};
  var LABELLED = {open: true, escalated: true, resolved: true};

  function points(c, ys) {
    return c.t.map(function (t, i) { return [t, ys[i]]; });
  }

  function draw(c) {
    var chart = echarts.init(document.getElementById(c.id), null, {renderer: 'svg'});
    var series = [
      {name: 'band-base', type: 'line', stack: 'band-' + c.id, data: points(c, c.lower),
       symbol: 'none', lineStyle: {opacity: 0}, silent: true},
      {name: 'baseline band', type: 'line', stack: 'band-' + c.id, symbol: 'none',
       data: points(c, c.upper.map(function (u, i) { return u - c.lower[i]; })),
       lineStyle: {opacity: 0}, areaStyle: {color: 'rgba(31,119,180,0.20)'}, itemStyle: {color: 'rgba(31,119,180,0.45)'},
       silent: true},
      {name: 'expected', type: 'line', data: points(c, c.expected), symbol: 'none',
       lineStyle: {type: 'dashed', width: 1.5, color: '#1f77b4'}, itemStyle: {color: '#1f77b4'}},
      {name: 'threshold', type: 'line', data: points(c, c.threshold), symbol: 'none',
       lineStyle: {type: 'dotted', width: 1.5, color: '#7b8794'}, itemStyle: {color: '#7b8794'}},
      {name: 'negative %', type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: points(c, c.neg),
       symbol: 'none', lineStyle: {width: 1, color: '#c2408f'}, itemStyle: {color: '#c2408f'},
       areaStyle: {color: 'rgba(194,64,143,0.15)'}},
      {name: 'mentions', type: 'line', data: points(c, c.count), symbol: 'circle', symbolSize: 3,
       lineStyle: {width: 2, color: '#1d232a'}, itemStyle: {color: '#1d232a'}, z: 3,
       markArea: {silent: true, itemStyle: {color: 'rgba(214,39,40,0.08)'},
                  data: c.spans.map(function (s) { return [{xAxis: s[0]}, {xAxis: s[1]}]; })},
       markPoint: {symbol: 'pin', symbolSize: 46, itemStyle: {color: '#1d232a'},
                   label: {fontSize: 10, color: '#fff', formatter: function (p) { return p.value; }},
                   data: c.peaks.map(function (p) { return {coord: [p[0], p[1]], value: p[1], name: 'peak'}; })}},
      {name: 'alert events', type: 'scatter', symbol: 'diamond', symbolSize: 12, z: 4,
       itemStyle: {color: '#d62728'},
       data: c.events.map(function (e) {
         // An event on the peak labels itself to the left: above it sits the peak's pin.
         var onPeak = c.peaks.some(function (p) { return p[0] === e[0]; });
         return {value: [e[0], e[1]], state: e[2], itemStyle: {color: STATE_COLORS[e[2]]},
                 label: {position: onPeak ? 'left' : 'top'}};
       }),
       label: {show: true, position: 'top', fontSize: 10, fontWeight: 'bold',
               formatter: function (p) { return LABELLED[p.data.state] ? p.data.state.toUpperCase() : ''; }}}
    ];
    var range = {min: c.t[0], max: c.t[c.t.length - 1]};
    chart.setOption({
      animation: false,
      useUTC: true,
      // Volume on top, negative share in a strip below it, on one time axis.
      grid: [{left: 58, right: 44, top: 52, height: 220}, {left: 58, right: 44, top: 316, height: 56}],
      legend: {top: 4, data: ['mentions', 'expected', 'baseline band', 'threshold', 'alert events', 'negative %']},
      tooltip: {trigger: 'axis'},
      axisPointer: {link: [{xAxisIndex: 'all'}]},
      xAxis: [
        Object.assign({type: 'time', gridIndex: 0, axisLabel: {hideOverlap: true}}, range),
        Object.assign({type: 'time', gridIndex: 1, axisLabel: {show: false}}, range)
      ],
      yAxis: [
        {type: 'value', gridIndex: 0, name: 'mentions / ' + c.windowMinutes + ' min',
         nameTextStyle: {align: 'left'}},
        {type: 'value', gridIndex: 1, name: 'negative %', min: 0, max: 100, interval: 50,
         nameTextStyle: {align: 'left'}}
      ],
      series: series
    });
  }

  data.charts.forEach(draw);
})();
