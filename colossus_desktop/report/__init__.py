"""Reports: the charts, the KPIs, the assumptions and the data, written to files.

``build_report(ev, out_dir, formats=…)`` (in :mod:`colossus_desktop.report.build`) writes PNG
and SVG charts, a multi-page PDF, a PPTX deck and the data as CSV and XLSX. It needs Qt to
draw the charts (an offscreen QApplication is enough: no window is shown); the data tables
(:mod:`colossus_desktop.report.tables`) and the assumptions
(:mod:`colossus_desktop.assumptions`) do not import Qt.
"""
