import gc

# A one-shot command: no cyclic garbage collection from the start (cli.LazyGroup.main says
# why; `mock` turns it back on), the imports included.
gc.disable()

from .cli import main  # noqa: E402

main()
