"""Draw each chart once: SVGs are kept in a cache folder under a hash of what they depend on
(the data, the house style and the generator's version), and only missing ones are drawn, on every core."""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from generator import __version__
from generator.render import charts
from generator.render.charts import ChartSpec, draw_svg

# The drawing code is the house style: any change to it draws every chart again.
STYLE = hashlib.sha256(Path(charts.__file__).read_bytes()).hexdigest()


# Starting a worker process costs about as much as drawing a dozen charts (each worker imports
# matplotlib), so a few new charts (a meeting added or edited) are drawn in this process.
POOL_FROM = 16


@dataclass
class CacheStats:
    drawn: int = 0
    reused: int = 0


def chart_hash(spec: ChartSpec) -> str:
    payload = json.dumps({"spec": asdict(spec), "style": STYLE, "generator": __version__}, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def render_charts(specs: list[ChartSpec], cache: Path, workers: int | None = None) -> tuple[dict[str, str], CacheStats]:
    """SVG text for every spec, by key; draws only those not already in ``cache``."""
    cache.mkdir(parents=True, exist_ok=True)
    stats = CacheStats()
    hashes = {spec.key: chart_hash(spec) for spec in specs}
    missing = [spec for spec in specs if not (cache / f"{hashes[spec.key]}.svg").exists()]
    stats.reused = len(specs) - len(missing)
    if missing:
        workers = workers or min(len(missing), os.cpu_count() or 1)
        if workers > 1 and len(missing) >= POOL_FROM:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                drawn = list(pool.map(draw_svg, missing, chunksize=max(1, len(missing) // (workers * 4))))
        else:
            drawn = [draw_svg(spec) for spec in missing]
        for spec, svg in zip(missing, drawn):
            target = cache / f"{hashes[spec.key]}.svg"
            temporary = target.with_suffix(".tmp")
            temporary.write_text(svg, encoding="utf-8")
            os.replace(temporary, target)
        stats.drawn = len(missing)
    return {spec.key: (cache / f"{hashes[spec.key]}.svg").read_text(encoding="utf-8") for spec in specs}, stats
