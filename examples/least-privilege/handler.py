"""
The example workload: one Lambda that touches six AWS services, in a fixed order.

It answers with a structured envelope so a mutation test can tell which permission was
missing without reading logs:

  every call succeeded  -> {"status": "ok", "trace": [...]}
  a call was refused    -> {"status": "forbidden", "denied_action": "<service:Action>", "trace": [...]}

Any other failure is raised, so the runtime reports it as a function error and the
mutation engine never mistakes it for a denial.

Resource handles arrive as environment variables set by the example's setup script.
"""

import base64
import json
import os

import boto3
from botocore.exceptions import ClientError

# Error codes that mean "IAM said no", across the services' wire protocols. SNS answers a
# denied Publish with AuthorizationError (HTTP 403), not AccessDenied.
ACCESS_DENIED_CODES = {
    "AccessDenied", "AccessDeniedException", "AuthorizationError", "UnauthorizedOperation", "403",
}


def _calls(clients, env, request_id):
    """The six business calls, each labelled with the IAM action it needs."""
    s3, kms, ssm, secrets, dynamodb, sns = clients
    return [
        ("s3:GetObject",
         lambda: s3.get_object(Bucket=env["CONFIG_BUCKET"], Key="config.json")["Body"].read()),
        # KeyId is passed explicitly so the emulator can scope kms:Decrypt to this one key
        # instead of resolving it from the ciphertext.
        ("kms:Decrypt",
         lambda: kms.decrypt(CiphertextBlob=base64.b64decode(env["KMS_CIPHERTEXT_B64"]),
                             KeyId=env["KMS_KEY_ID"])),
        ("ssm:GetParameter",
         lambda: ssm.get_parameter(Name=env["SSM_PARAM_NAME"])),
        ("secretsmanager:GetSecretValue",
         lambda: secrets.get_secret_value(SecretId=env["SECRET_ID"])),
        ("dynamodb:PutItem",
         lambda: dynamodb.put_item(TableName=env["EVENT_TABLE"],
                                   Item={"pk": {"S": request_id}, "at": {"S": "now"}})),
        ("sns:Publish",
         lambda: sns.publish(TopicArn=env["NOTIFY_TOPIC"], Message=json.dumps({"id": request_id}))),
    ]


# Created once per execution environment, outside the handler, as AWS advises: warm
# invocations reuse them instead of paying for client construction every time.
CLIENTS = tuple(boto3.client(name) for name in
                ("s3", "kms", "ssm", "secretsmanager", "dynamodb", "sns"))


def handler(event, context):
    clients = CLIENTS
    request_id = (event or {}).get("request_id", context.aws_request_id)
    trace = []
    for action, call in _calls(clients, os.environ, request_id):
        try:
            call()
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code", "")
            if code not in ACCESS_DENIED_CODES:
                trace.append({"action": action, "result": "error", "error_code": code})
                raise
            trace.append({"action": action, "result": "denied", "error_code": code})
            return {"status": "forbidden", "denied_action": action, "trace": trace}
        trace.append({"action": action, "result": "ok"})
    return {"status": "ok", "trace": trace}
