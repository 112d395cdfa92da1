using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assessment.ServiceDefaults.Persistence;

public static class PostgresExtensions
{
    /// <summary>The service's own database: an NpgsqlDataSource with tracing, metrics, a readiness check, and retryable errors while it is away.</summary>
    public static IHostApplicationBuilder AddServiceDatabase(this IHostApplicationBuilder builder, string connectionName)
    {
        builder.AddNpgsqlDataSource(connectionName);
        builder.Services.AddSingleton(new ServiceDatabaseName(connectionName));
        // While the database restarts, callers are told to retry (gRPC Unavailable, HTTP 503 + Retry-After), not that it failed.
        builder.Services.Configure<global::Grpc.AspNetCore.Server.GrpcServiceOptions>(options => options.Interceptors.Add<DatabaseUnavailableInterceptor>());
        builder.Services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, DatabaseUnavailableStartupFilter>();
        return builder;
    }

    /// <summary>
    /// Applies the service's embedded migrations before it starts serving. A service (re)started while its database
    /// restarts or fails over waits for it ("Database:StartupWait", 2 minutes by default) instead of exiting: where
    /// nothing restarts the process (a local run), an exit would leave the service down after the database is back.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app, Assembly migrationsAssembly, CancellationToken cancellationToken = default)
    {
        var name = app.Services.GetRequiredService<ServiceDatabaseName>().Value;
        var connectionString = app.Configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException($"ConnectionStrings:{name} is missing.");
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<SqlMigrationRunner>();
        var runner = new SqlMigrationRunner(connectionString, logger);
        var migrations = EmbeddedMigrations.From(migrationsAssembly);
        var giveUpAt = DateTime.UtcNow + (app.Configuration.GetValue<TimeSpan?>("Database:StartupWait") ?? TimeSpan.FromMinutes(2));
        var delay = TimeSpan.FromMilliseconds(500);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await runner.ApplyAsync(migrations, cancellationToken);
                return;
            }
            catch (Exception e) when (DatabaseUnavailable.Is(e) && DateTime.UtcNow + delay < giveUpAt)
            {
                logger.LogWarning("Database {Database} is not reachable yet (attempt {Attempt}: {Reason}); trying again in {Delay} ms",
                    name, attempt, e.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5_000));
            }
        }
    }

    private sealed record ServiceDatabaseName(string Value);
}
