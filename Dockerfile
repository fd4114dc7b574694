# Callboard in a container: python slim, a non-root user, a health check on /healthz.
# Build: docker build -t callboard .   Run: see compose.yaml, or the README ("Docker").
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
COPY ingest ./ingest
RUN pip install . \
    && useradd --system --create-home --home-dir /home/callboard --uid 10001 callboard \
    && mkdir /data && chown callboard /data

USER callboard
WORKDIR /data
# SQLite by default (one container); compose.yaml points replicas at PostgreSQL instead.
ENV DATABASE_PATH=/data/callboard.db \
    PORT=8080 \
    HOST=0.0.0.0
VOLUME ["/data"]
EXPOSE 8080

# /healthz answers while the process and its event loop live; /readyz (database and
# migrations) is for the load balancer, not for restarting the container.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8080'), timeout=4)"]

ENTRYPOINT ["callboard"]
CMD ["run"]
