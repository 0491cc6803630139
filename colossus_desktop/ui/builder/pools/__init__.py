"""The accelerator pools page, split by layer (as napari's ``_qt/containers``):

* :mod:`.model` — the table model: one row per pool, edits as document commands;
* :mod:`.delegate` — the table's editors (the accelerator picker, count and price spin boxes);
* :mod:`.spec_text` — the text describing a chip's specs and their sources (HTML, no widgets);
* :mod:`.page` — the page: table, buttons, spec panel and the custom-accelerator form.
"""
