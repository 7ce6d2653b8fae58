# Starts Orca with what it says copied to a file, one JSON line per utterance: Orca's own "speech"
# log (orca/speech.py logs every utterance, with or without a speech synthesiser), read by speech.mjs.
# Usage: /usr/bin/python3 orca-speech.py OUT.jsonl [orca options...]
import json
import logging
import runpy
import sys

out = sys.argv.pop(1)


class JsonLines(logging.Formatter):
    def format(self, record):
        return json.dumps({'t': record.created, 'line': record.getMessage()})


handler = logging.FileHandler(out, mode='w', encoding='utf-8')
handler.setFormatter(JsonLines())
speech = logging.getLogger('speech')
speech.addHandler(handler)
speech.setLevel(logging.INFO)

sys.argv[0] = '/usr/bin/orca'
runpy.run_path('/usr/bin/orca', run_name='__main__')
