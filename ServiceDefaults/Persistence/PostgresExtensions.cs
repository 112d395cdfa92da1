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

    /// <summary>Applies the service's embedded migrations before it starts serving.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app, Assembly migrationsAssembly, CancellationToken cancellationToken = default)
    {
        var name = app.Services.GetRequiredService<ServiceDatabaseName>().Value;
        var connectionString = app.Configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException($"ConnectionStrings:{name} is missing.");
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<SqlMigrationRunner>();
        var runner = new SqlMigrationRunner(connectionString, logger);
        await runner.ApplyAsync(EmbeddedMigrations.From(migrationsAssembly), cancellationToken);
    }

    private sealed record ServiceDatabaseName(string Value);
}
