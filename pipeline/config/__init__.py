"""Config loading for every recipe: one loader, one schema module per recipe.

- :mod:`~pipeline.config.loading`: YAML + ``key=value`` overrides -> a validated dataclass,
  the default config of each recipe (found next to the package, whatever the working folder);
- :mod:`~pipeline.config.summarize`: the summarize schema (engines, bullets, analysis, input);
- :mod:`~pipeline.config.evaluate`: the evaluate schema (data, systems built from summarize configs, stats);
- :mod:`~pipeline.config.serve`: the serve schema (the summarize schema plus a ``server`` section);
- :mod:`~pipeline.config.collect_pairs`: the pair collection schema;
- :mod:`~pipeline.config.finetune`: the fine-tuning schema.

The config package sits above the engines (the summarize schema names them) and below the
jobs that read it (evaluation, training, serving); engines get their own sections from
:func:`pipeline.engines.build_engine` and never import this package. :class:`ConfigError`
lives in :mod:`pipeline.errors`.
"""
from pipeline.config.loading import CONFIG_DIR, default_config, load_config, split_overrides, to_dict
from pipeline.errors import ConfigError

__all__ = ["CONFIG_DIR", "ConfigError", "default_config", "load_config", "split_overrides", "to_dict"]
