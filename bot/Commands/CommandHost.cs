namespace CrossBorderBot.Commands;

/// <summary>
/// The host of a command that runs instead of the web host: the same configuration sources as the bot itself
/// (appsettings beside the program, environment, user secrets, <c>--Section:Key=value</c> arguments), so a command
/// sees the settings the bot that will answer sees.
/// </summary>
public static class CommandHost
{
    /// <param name="settings">The arguments the command did not take itself, passed on as configuration.</param>
    public static HostApplicationBuilder CreateBuilder(IEnumerable<string> settings) =>
        Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. settings],
            ContentRootPath = AppContext.BaseDirectory,
        });
}
