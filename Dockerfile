# syntax=docker/dockerfile:1
# The gateway (default target) and the ECLAIRE/Posos sandbox (target "sandbox"), built from the same sources.
#   docker build -t eclaire-posos-gateway .
#   docker build --target sandbox -t eclaire-posos-sandbox .
# docker-compose.yml builds both; see the README ("docker compose").

# ---- build: the .NET SDK, and node for the IDE's `npm ci` (src/GraphQL.AspNetCore restores it during the build) ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /source

# Restore first, from the project files alone, so that a change of code does not restore again.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Caching/Gateway.Caching.csproj src/Caching/
COPY src/Eclaire/Gateway.Eclaire.csproj src/Eclaire/
COPY src/Gateway/Gateway.csproj src/Gateway/
COPY src/GraphQL/Gateway.GraphQL.csproj src/GraphQL/
COPY src/GraphQL.AspNetCore/Gateway.GraphQL.AspNetCore.csproj src/GraphQL.AspNetCore/
COPY src/Posos/Gateway.Posos.csproj src/Posos/
COPY src/Sandbox/Gateway.Sandbox.csproj src/Sandbox/
COPY src/Upstream/Gateway.Upstream.csproj src/Upstream/
RUN dotnet restore src/Gateway/Gateway.csproj \
    && dotnet restore src/Sandbox/Gateway.Sandbox.csproj

# The IDE's npm package, from its lock file (the build skips `npm ci` when it is already there).
COPY src/GraphQL.AspNetCore/ide/package.json src/GraphQL.AspNetCore/ide/package-lock.json src/GraphQL.AspNetCore/ide/
RUN cd src/GraphQL.AspNetCore/ide && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

COPY src/ src/
RUN dotnet publish src/Gateway/Gateway.csproj -c Release --no-restore -o /out/gateway /p:UseAppHost=false \
    && dotnet publish src/Sandbox/Gateway.Sandbox.csproj -c Release --no-restore -o /out/sandbox /p:UseAppHost=false

# ---- sandbox: local stand-ins for ECLAIRE and Posos (docker compose --profile offline) ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS sandbox
WORKDIR /app
COPY --from=build /out/sandbox .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Gateway.Sandbox.dll"]

# ---- gateway: the runtime image (ASP.NET Core runtime only, non-root) ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS gateway
WORKDIR /app
COPY --from=build /out/gateway .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Gateway.dll"]
