using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Alerts;

/// <summary>Refuses to start with a daily check time that is not a time of day, or notices that never stay deliverable.</summary>
public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options) => new OptionsFailures()
        .Require(options.CheckTimeUtc >= TimeSpan.Zero && options.CheckTimeUtc < TimeSpan.FromDays(1), "Alerts:CheckTimeUtc must be a time of day (hh:mm:ss).")
        .Require(options.UpdateNoticeDays > 0, "Alerts:UpdateNoticeDays must be positive.")
        .Result();
}
