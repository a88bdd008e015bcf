using CrossBorderBot.Alerts;
using CrossBorderBot.Channels.DirectLine;
using CrossBorderBot.Charts;
using CrossBorderBot.Composition;
using CrossBorderBot.Channels.Slack;
using CrossBorderBot.Channels.Teams;
using CrossBorderBot.Hosting;
using CrossBorderBot.Telemetry;

// `dotnet run --project bot -- chat | kb … | eval-recognizer` run a command instead of the web host.
if (BotCommandLine.IsCommand(args))
{
    return await BotCommandLine.RunAsync(args);
}

// The knowledge base and the recognizer load on a worker thread while the host builds (see StartupPreload).
var preload = StartupPreload.Start();

// Content root = the build output, so appsettings.json is found whatever directory `dotnet run` starts in.
// The slim builder plus what the bot uses of the full one's defaults (see AddFullBuilderDefaults): the full builder
// also registers HTTP/3, whose support check loads System.Net.Quic and probes for the native QUIC library at every start.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddFullBuilderDefaults();
builder.UseDefaultBotUrl();
builder.Services.AddCrossBorderBot();
preload.Register(builder.Services);
builder.Services.AddBotFrameworkChannel();
builder.Services.AddTeamsChannel();
builder.Services.AddDirectLine();
builder.Services.AddSlack();
builder.Services.AddRuleAlerts();
builder.Services.AddResultCharts();
builder.Services.AddBotTelemetry(builder.Configuration);
builder.Services.AddSecurityHeaders();

var app = builder.Build();
app.ValidateSettings();
app.UseSecurityHeaders();
app.MapBotMessages();
app.MapSlack();
app.MapBotHealth();
app.MapWebChat();
app.MapRuleAlerts();
app.MapResultCharts();
await app.RunAsync();
return 0;

/// <summary>Lets <c>WebApplicationFactory&lt;Program&gt;</c> find the entry point in tests.</summary>
public partial class Program;
