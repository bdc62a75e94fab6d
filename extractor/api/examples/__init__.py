"""Request/response examples and SDK code samples of an API section.

An example part (the blocks after `请求示例` / `响应示例`, or after a bullet-style
`- 请求样例:` / `• 响应样例`) holds titles (bullet or prose paragraphs), request
lines (fenced alone, unfenced, or as the first line of the body's fence), status
labels (`状态码：202`) with a description paragraph, and JSON bodies in ``` fences.

The PDF split bodies over page breaks, so adjacent fences are first merged back
into logical blocks (`example_blocks`), bare-URL lines repeating the request line
just above are dropped, and each body is parsed as JSON, applying the fewest named
repairs that make it parse (`parse_json_body`). Every decision leaves a finding.

    fences.py       request lines; adjacent fences merged back into logical blocks
    reading.py      read_examples: an example part -> Examples
    json_repair.py  parse_json_body: the fewest named repairs that make a body parse
    code_samples.py read_code_samples: the SDK code fences
"""
from .code_samples import read_code_samples
from .fences import FenceBlock, example_blocks, parse_request_line
from .json_repair import _tokens, _tokens_by_char, parse_json_body
from .reading import read_examples

__all__ = ["FenceBlock", "example_blocks", "parse_json_body", "parse_request_line",
           "read_code_samples", "read_examples", "_tokens", "_tokens_by_char"]
