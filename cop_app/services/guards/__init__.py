"""What every write passes through: who may do it (``authz``), how often
(``ratelimit``), and which text is accepted (``text``). Imports nothing else
from the services."""
