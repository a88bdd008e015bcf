namespace CrossBorderBot.Knowledge.Model;

/// <summary>What the platform offers (paper's classification by service).</summary>
public enum PlatformService
{
    OnlineTrading,
    InformationServices,
}
