using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Telemetry;

/// <summary>Refuses to start with an exporter address that is not one, rather than dropping telemetry silently.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options) => new OptionsFailures()
        .Require(string.IsNullOrWhiteSpace(options.OtlpEndpoint) || OptionsFailures.IsHttpUrl(options.OtlpEndpoint), "Telemetry:OtlpEndpoint must be an absolute http(s) address, e.g. http://localhost:4317.")
        .Require(!string.IsNullOrWhiteSpace(options.ServiceName), "Telemetry:ServiceName must not be empty.")
        .Result();
}
