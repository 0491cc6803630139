"""Unit constants shared by the sub-models (definitions, not data)."""

HOURS_PER_YEAR = 365.25 * 24  # 8,766 h: the Julian year, used for failure rates and energy alike
SECONDS_PER_HOUR = 3600.0
SECONDS_PER_DAY = 86400.0
TERA = 1e12
# An "H100-equivalent" is defined by Epoch AI as the dense 16-bit peak of one H100 SXM
# (989.4 TFLOP/s, NVIDIA H100 datasheet via glennklockwood.com); a unit, not a catalog entry.
H100_BF16_TFLOPS = 989.4
