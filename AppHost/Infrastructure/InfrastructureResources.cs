using Aspire.Hosting.ApplicationModel;

namespace Assessment.AppHost.Infrastructure;

/// <summary>The servers every service needs, whichever way they are run.</summary>
public sealed record InfrastructureResources(
    InfrastructureMode Mode,
    IResourceBuilder<IResourceWithConnectionString> Redis,
    IResourceBuilder<IResourceWithConnectionString> RabbitMq,
    Func<string, string, IResourceBuilder<IResourceWithConnectionString>> AddDatabase);
