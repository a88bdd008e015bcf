using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CrossBorderBot.Tests.Faults;

/// <summary>
/// A TCP relay between the bot and a real server (PostgreSQL) on 127.0.0.1 and a free port, which a test can switch to
/// behave like a stopped server or a blocked network, and back. The server itself keeps running for the other tests.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile FaultProxyMode _mode = FaultProxyMode.Forward;

    public FaultProxy(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), targetPort);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections were accepted so far (to see that the bot came back).</summary>
    public int Accepted { get; private set; }

    /// <summary>Switches behaviour; leaving <see cref="FaultProxyMode.Forward"/> resets every open connection, as a crash would.</summary>
    public void Switch(FaultProxyMode mode)
    {
        _mode = mode;
        if (mode != FaultProxyMode.Forward)
        {
            foreach (var client in _open.Keys)
            {
                Reset(client);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        foreach (var client in _open.Keys)
        {
            Reset(client);
        }

        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        _stopping.Dispose();
    }

    private static void Reset(TcpClient client)
    {
        try
        {
            // A closed client has no socket left; resetting it again is nothing to do.
            if (client.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }

            client.Close();
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            Accepted++;
            switch (_mode)
            {
                case FaultProxyMode.Down:
                    Reset(client);
                    break;
                case FaultProxyMode.Blocked:
                    _open[client] = 0;
                    break;
                default:
                    _ = RelayAsync(client);
                    break;
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_target, _stopping.Token);
            var one = PumpAsync(client.GetStream(), server.GetStream());
            var other = PumpAsync(server.GetStream(), client.GetStream());
            await Task.WhenAny(one, other);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            _open.TryRemove(client, out _);
            _open.TryRemove(server, out _);
            Reset(client);
            Reset(server);
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stopping.Token)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
