using System.Text;

namespace Assessment.ServiceDefaults.Security;

/// <summary>Percent-encodes a grpc-message header value as the gRPC HTTP/2 protocol requires (UTF-8, printable ASCII kept).</summary>
public static class GrpcMessageEncoding
{
    public static string Encode(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
