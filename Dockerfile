# syntax=docker/dockerfile:1
# Multi-stage build of the platform: build with the Maven wrapper on a JDK, run on a JRE as a
# non-root user. With docker-compose.yml it runs against an external PostgreSQL 17.

# JDK 25 (decision 0071): the build processes the context ahead of time on the JDK that runs it, and bin/platform
# keeps the JVM's AOT cache; the modules still compile for Java 17
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# the Maven repository is a BuildKit cache mount: dependencies are downloaded once per builder
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY platform-domain/pom.xml platform-domain/
COPY platform-persistence/pom.xml platform-persistence/
COPY platform-api/pom.xml platform-api/
COPY platform-web/pom.xml platform-web/
COPY platform-domain/src platform-domain/src
COPY platform-persistence/src platform-persistence/src
COPY platform-api/src platform-api/src
COPY platform-web/src platform-web/src
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp package -DskipTests \
 && cp platform-web/target/platform-web-*.jar /src/platform.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system platform \
 && useradd --system --gid platform --home-dir /app --shell /usr/sbin/nologin platform \
 && mkdir -p /app/data \
 && chown -R platform:platform /app
WORKDIR /app
COPY --from=build --chown=platform:platform /src/platform.jar /app/platform.jar
COPY --chown=platform:platform bin/platform /app/bin/platform
USER platform
# Started through bin/platform, as the README runs it (decisions 0053, 0062, 0071): the jar's extracted layout is made
# here, at build time; the JVM's AOT cache by the container's first run (its training run), written
# when it stops, so give `docker stop` time for it (docker-compose.yml: stop_grace_period). The archive lives in the
# container (/app/platform-cds), so a new container trains once again.
ENV PLATFORM_JAR=/app/platform.jar \
    PLATFORM_DATADIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
RUN PLATFORM_PREPARE=1 /app/bin/platform
EXPOSE 8080
ENTRYPOINT ["/app/bin/platform"]
