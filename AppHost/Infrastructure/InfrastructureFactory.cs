using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.AppHost.Infrastructure;

/// <summary>
/// Adds PostgreSQL, Redis and RabbitMQ to the model. Infrastructure:Mode chooses: "container" (the usual Aspire
/// container resources), "local" (the Debian packages as local processes, data under Infrastructure:DataDirectory),
/// or "auto" (containers when `docker info` or `podman info` answers, local processes otherwise).
/// </summary>
public static class InfrastructureFactory
{
    public static InfrastructureResources AddInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var mode = ResolveMode(builder.Configuration["Infrastructure:Mode"]);
        return mode == InfrastructureMode.Container ? AddContainers(builder) : AddLocalProcesses(builder);
    }

    private static InfrastructureMode ResolveMode(string? configured)
    {
        var mode = string.IsNullOrWhiteSpace(configured)
            ? InfrastructureMode.Auto
            : Enum.TryParse<InfrastructureMode>(configured, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Infrastructure:Mode is '{configured}'; expected auto, local or container.");
        if (mode != InfrastructureMode.Auto)
        {
            return mode;
        }

        return ContainerRuntimeProbe.IsAvailable(TimeSpan.FromSeconds(5)) ? InfrastructureMode.Container : InfrastructureMode.Local;
    }

    private static InfrastructureResources AddContainers(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres").WithDataVolume();
        var redis = builder.AddRedis("cache");
        var rabbit = builder.AddRabbitMQ("messaging").WithDataVolume();
        return new InfrastructureResources(
            InfrastructureMode.Container,
            As(redis),
            As(rabbit),
            (name, database) => As(postgres.AddDatabase(name, database)));
    }

    private static InfrastructureResources AddLocalProcesses(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration["Infrastructure:DataDirectory"] ?? "../.data";
        var dataDirectory = Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(builder.AppHostDirectory, configured));
        Directory.CreateDirectory(dataDirectory);
        var fastUnsafe = string.Equals(builder.Configuration["Infrastructure:FastUnsafeStorage"], "true", StringComparison.OrdinalIgnoreCase);

        var postgres = LocalPostgres.Add(builder, dataDirectory, fastUnsafe);
        var redis = LocalRedis.Add(builder, dataDirectory);
        var rabbit = LocalRabbitMq.Add(builder, dataDirectory);

        IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name, string database)
        {
            var server = postgres.Resource;
            var connection = $"Host=127.0.0.1;Port={server.Annotations.OfType<EndpointAnnotation>().Single().Port};Username=postgres;Database={database}";
            var resource = builder.AddResource(new LocalDatabaseResource(name, connection, server))
                .WithInitialState(new CustomResourceSnapshot
                {
                    ResourceType = "PostgresDatabase",
                    State = KnownResourceStates.Waiting,
                    Properties = [],
                });

            // A child of a local process has no process of its own: it is running once its server is ready.
            builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (ready, _) =>
            {
                var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
                await notifications.PublishUpdateAsync(resource.Resource, s => s with { State = KnownResourceStates.Running });
            });
            return As(resource);
        }

        return new InfrastructureResources(InfrastructureMode.Local, As(redis), As(rabbit), AddDatabase);
    }

    private static IResourceBuilder<IResourceWithConnectionString> As<T>(IResourceBuilder<T> resource)
        where T : IResourceWithConnectionString =>
        resource.ApplicationBuilder.CreateResourceBuilder<IResourceWithConnectionString>(resource.Resource);
}
