# Idéslanten intake bot: runs `intake run` against the configured mailbox.
#
#   docker build -t ideslanten-intake .
#   docker run -d --name intake \
#     -v /etc/ideslanten/config.toml:/config/config.toml:ro \
#     -v intake-data:/data \
#     -e INTAKE_IMAP_PASSWORD=... -e INTAKE_SMTP_PASSWORD=... \
#     ideslanten-intake
#
# Passwords come from the environment (or NAME_FILE for Docker secrets);
# the config file is mounted read-only. With SQLite, point [database] url at
# sqlite:////data/intake.db so the database lives on the volume.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    INTAKE_CONFIG=/config/config.toml

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY parsers ./parsers
COPY replies ./replies
COPY migrations ./migrations
RUN pip install '.[postgres,web]' \
    && useradd --system --home /data --uid 10001 intake \
    && mkdir -p /data /config && chown intake /data

USER intake
WORKDIR /data
VOLUME ["/data"]
# SIGTERM (docker stop) lets the current mail finish before the worker exits.
STOPSIGNAL SIGTERM
ENTRYPOINT ["intake"]
CMD ["run"]
