namespace Assessment.AppHost.Infrastructure;

/// <summary>How PostgreSQL, Redis and RabbitMQ are run: as containers, or as local processes from Debian packages.</summary>
public enum InfrastructureMode
{
    Auto,
    Local,
    Container,
}
