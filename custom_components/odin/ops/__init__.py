"""HA-side application services of the farm, one per feature, owned by ``FarmRuntime``.

``tags``, ``queue``, ``presets``, ``spools`` (with the drying monitor), ``dispatch`` (the
guarded auto-queue), ``timelapse``, ``audit`` (the recorder) and ``discovery``; ``base`` holds
their shared database/audit plumbing.
"""
