"""Templates are found in a checkout (templates/ beside the package) and in an installed
wheel (extractor/templates/, mapped by pyproject's package-dir)."""
import tomllib

import pytest

from extractor.generate import paths

from conftest import ROOT


def test_checkout_layout():
    for name in ("client", "server", "site"):
        assert paths.template_dir(name) == ROOT / "templates" / name


def test_installed_layout(tmp_path, monkeypatch):
    pkg = tmp_path / "site-packages" / "extractor"
    (pkg / "templates" / "site").mkdir(parents=True)
    monkeypatch.setattr(paths, "PACKAGE", pkg)
    assert paths.template_dir("site") == pkg / "templates" / "site"
    with pytest.raises(FileNotFoundError):
        paths.template_dir("client")


def test_wheel_maps_the_templates_into_the_package():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert conf["package-dir"]["extractor.templates"] == "templates"
    assert "extractor.templates" in conf["packages"]
    assert conf["package-data"]["extractor.templates"] == ["**/*"]
    # every subpackage of extractor is listed (an unlisted one would be left out of the wheel)
    subpackages = {"extractor." + p.parent.relative_to(ROOT / "extractor").as_posix().replace("/", ".")
                   for p in (ROOT / "extractor").rglob("__init__.py") if p.parent != ROOT / "extractor"}
    assert subpackages <= set(conf["packages"])
