"""Benchmarks: figures and ratios, measured in one run (``make bench``)."""

#: The benchmarks measure speed, not the write limiter (bench/limiter.py
#: measures that): every member may write as often as a benchmark repeats.
UNLIMITED_WRITES = {
    "COP_RATE_LIMITS": ",".join(
        f"{kind}=1000000/600"
        for kind in (
            "post",
            "edit",
            "reaction",
            "join",
            "profile",
            "moderation",
            "settings",
            "session",
            "preference",
        )
    )
}
