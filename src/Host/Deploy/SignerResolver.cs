using GovernanceRewards.Chain;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Chain;

namespace GovernanceRewards.Host.Deploy;

/// <summary>
/// Finds the key to sign with: a Web3 Secret Storage keystore (password from <c>GOVREWARDS_KEYSTORE_PASSWORD</c> or
/// typed at a hidden prompt), else <c>GOVREWARDS_KEY</c>, else, for a loopback RPC only, the first development
/// account of the chain <c>govrewards chain</c> started.
/// </summary>
internal static class SignerResolver
{
    public const string PasswordVariable = "GOVREWARDS_KEYSTORE_PASSWORD";

    public static async Task<SigningKey> ResolveAsync(
        string? keystore, Uri rpcUrl, RepositoryLayout layout, CancellationToken cancellationToken)
    {
        if (keystore is not null)
        {
            // Checked first, so a file that is not a keystore, or asks for an absurd derivation, never gets a password.
            var file = await KeystoreFile.ReadAsync(keystore, cancellationToken);
            // The prompt blocks on the terminal, so it waits aside: Ctrl+C at the prompt ends the command.
            var password = await Task.Run(() => ReadPassword(keystore), cancellationToken).WaitAsync(cancellationToken);
            // Key derivation is slow on purpose; say so, or a silent pause of seconds looks like a hang.
            await Console.Error.WriteLineAsync($"Opening {keystore} (its key derivation takes a few seconds)");
            return await SigningKey.FromKeystoreAsync(file, password, cancellationToken);
        }
        if (SigningKey.FromEnvironment() is { } fromEnvironment) return fromEnvironment;
        var devAccounts = AnvilOptions.AccountsFile(ChainCommand.WorkDirectory(layout));
        if (rpcUrl.IsLoopback && File.Exists(devAccounts))
        {
            return SigningKey.FromPrivateKey((await AnvilNode.ReadKeysAsync(devAccounts, cancellationToken))[0]);
        }
        throw new KeyException($"no signing key: pass --keystore FILE or set {SigningKey.EnvironmentVariable}");
    }

    private static string ReadPassword(string keystore)
    {
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { } password) return password;
        if (Console.IsInputRedirected)
        {
            throw new KeyException($"the password for {keystore} is needed: set {PasswordVariable} or run interactively");
        }
        Console.Error.Write($"Password for {keystore}: ");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0) typed.Length--;
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
