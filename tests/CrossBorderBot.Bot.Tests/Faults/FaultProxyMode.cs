namespace CrossBorderBot.Tests.Faults;

/// <summary>What a <see cref="FaultProxy"/> does with connections.</summary>
public enum FaultProxyMode
{
    /// <summary>Forwards both ways, as if the proxy were not there.</summary>
    Forward,

    /// <summary>The server is down: open connections are reset, new ones are closed at once.</summary>
    Down,

    /// <summary>The network is blocked: open connections are reset, new ones are accepted but nothing ever arrives.</summary>
    Blocked,
}
