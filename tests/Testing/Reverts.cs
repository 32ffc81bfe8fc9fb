using GovernanceRewards.Chain;
using Nethereum.Contracts;
using Xunit;

namespace GovernanceRewards.Testing;

/// <summary>Asserts that a call reverts with one contract custom error, and returns its decoded values.</summary>
public static class Reverts
{
    public static async Task<TError> WithAsync<TError>(Func<Task> action)
        where TError : class, new()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(action);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SmartContractCustomErrorRevertException custom)
            {
                Assert.True(custom.IsCustomErrorFor<TError>(),
                    $"expected {typeof(TError).Name}, got {RevertReason.Describe(custom)}");
                return custom.DecodeError<TError>();
            }
        }
        throw new Xunit.Sdk.XunitException($"expected {typeof(TError).Name}, got {exception.GetType().Name}: {exception.Message}");
    }

    /// <summary>For calls sent as the treasury: the decoded error must be <paramref name="errorName"/>.</summary>
    public static async Task<string> AsTreasuryWithAsync(string errorName, Func<Task> action)
    {
        var exception = await Assert.ThrowsAsync<RevertedException>(action);
        Assert.StartsWith(errorName + "(", exception.Message, StringComparison.Ordinal);
        return exception.Message;
    }
}
