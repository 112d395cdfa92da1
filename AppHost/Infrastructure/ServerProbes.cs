using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Assessment.AppHost.Infrastructure;

/// <summary>
/// Readiness probes that talk to the real server port and exchange a message, because an open port alone
/// says nothing about whether the server has finished starting.
/// </summary>
public static class ServerProbes
{
    public static async Task<bool> RedisAnswersPingAsync(int port, CancellationToken cancellationToken)
    {
        var reply = await ExchangeAsync(port, Encoding.ASCII.GetBytes("PING\r\n"), cancellationToken);
        return reply.StartsWith("+PONG", StringComparison.Ordinal);
    }

    public static async Task<bool> RabbitMqAnswersAmqpAsync(int port, CancellationToken cancellationToken)
    {
        // The AMQP 0-9-1 protocol header; a ready broker replies with a Connection.Start method frame (type 1).
        var reply = await ExchangeAsync(port, [(byte)'A', (byte)'M', (byte)'Q', (byte)'P', 0, 0, 9, 1], cancellationToken);
        return reply.Length > 0 && reply[0] == '\u0001';
    }

    public static async Task<bool> PostgresAcceptsQueriesAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return (int)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static async Task<string> ExchangeAsync(int port, byte[] request, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(request, timeout.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.Latin1.GetString(buffer, 0, read);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return string.Empty;
        }
    }
}
