using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assessment.ServiceDefaults.Persistence;

public static class PostgresExtensions
{
    /// <summary>The service's own database: an NpgsqlDataSource with tracing, metrics and a readiness check.</summary>
    public static IHostApplicationBuilder AddServiceDatabase(this IHostApplicationBuilder builder, string connectionName)
    {
        builder.AddNpgsqlDataSource(connectionName);
        builder.Services.AddSingleton(new ServiceDatabaseName(connectionName));
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
