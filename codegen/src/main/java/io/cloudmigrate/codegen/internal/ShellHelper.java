package io.cloudmigrate.codegen.internal;

/**
 * A shell function a runbook defines once in its Setup section, so that each check is one short line
 * that calls it with quoted words ({@link ShellText}) instead of repeating a 330-character SSM Run
 * Command wrapper per path. The function checks at run time that the host and port it passes on to the
 * instance are a host and a port: the instance's shell sees them as text, where this shell's quoting no
 * longer holds, and a Terraform output is only known when the runbook runs.
 */
enum ShellHelper
{
    CHECK_PATH("""
            # check_path REGION INSTANCE HOST PORT [udp]: runs nc -z on INSTANCE through SSM Run Command
            # and prints the command's status: Success when HOST accepts connections on PORT.
            check_path() {
              check_host=${3%:*}
              case $check_host in ''|-*|*[!A-Za-z0-9.:-]*) echo "check_path: not a host: $3" >&2; return 2 ;; esac
              case $4 in ''|*[!0-9]*) echo "check_path: not a port: $4" >&2; return 2 ;; esac
              check_flags=-z; [ "${5:-tcp}" = udp ] && check_flags='-z -u'
              check_id=$(aws ssm send-command --region "$1" --document-name AWS-RunShellScript \\
                --instance-ids "$2" --query Command.CommandId --output text \\
                --parameters "{\\"commands\\":[\\"nc $check_flags -w 5 $check_host $4\\"]}") || return 1
              aws ssm wait command-executed --region "$1" --command-id "$check_id" --instance-id "$2"
              aws ssm get-command-invocation --region "$1" --command-id "$check_id" --instance-id "$2" \\
                --query Status --output text
            }
            """),
    CHECK_PATH_WINDOWS("""
            # check_path_windows REGION INSTANCE HOST PORT: the same from a Windows instance
            # (Test-NetConnection through AWS-RunPowerShellScript).
            check_path_windows() {
              check_host=${3%:*}
              case $check_host in ''|-*|*[!A-Za-z0-9.:-]*) echo "check_path_windows: not a host: $3" >&2; return 2 ;; esac
              case $4 in ''|*[!0-9]*) echo "check_path_windows: not a port: $4" >&2; return 2 ;; esac
              check_test="if (-not (Test-NetConnection -ComputerName $check_host -Port $4 -InformationLevel Quiet)) { exit 1 }"
              check_id=$(aws ssm send-command --region "$1" --document-name AWS-RunPowerShellScript \\
                --instance-ids "$2" --query Command.CommandId --output text \\
                --parameters "{\\"commands\\":[\\"$check_test\\"]}") || return 1
              aws ssm wait command-executed --region "$1" --command-id "$check_id" --instance-id "$2"
              aws ssm get-command-invocation --region "$1" --command-id "$check_id" --instance-id "$2" \\
                --query Status --output text
            }
            """),
    ROLLBACK_INSTANCE("""
            # rollback_instance REGION SOURCE_INSTANCE [TARGET_INSTANCE]: starts the source instance again
            # (prints pending, then it runs) and stops its target (prints stopping).
            rollback_instance() {
              aws ec2 start-instances --region "$1" --instance-ids "$2" \\
                --query 'StartingInstances[].CurrentState.Name' --output text || return 1
              [ -z "${3:-}" ] || aws ec2 stop-instances --region "$1" --instance-ids "$3" \\
                --query 'StoppingInstances[].CurrentState.Name' --output text
            }
            """);

    private final String definition;

    ShellHelper(String definition)
    {
        this.definition = definition;
    }

    /** The function's definition, lines of POSIX shell (no newline after the last). */
    String definition()
    {
        return definition.stripTrailing();
    }
}
