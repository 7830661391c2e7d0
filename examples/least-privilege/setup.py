#!/usr/bin/env python3
"""
Creates the example's resources on the emulator, as admin, with boto3 (which the Lambda
needs anyway, so the example asks for nothing more). iam-mutate runs it once with
AWS_ENDPOINT_URL, AWS_REGION and admin credentials set, and reads the KEY=VALUE lines it
appends to $IAM_MUTATE_OUTPUT as ${KEY} substitutions for the policy.
"""
import base64
import gc
import io
import json
import os
import pathlib
import sys
import zipfile

import boto3

HERE = pathlib.Path(__file__).resolve().parent

if "AWS_ENDPOINT_URL" not in os.environ:
    sys.exit("run this through iam-mutate, which points it at the emulator (AWS_ENDPOINT_URL)")

# Older boto3 releases ignore AWS_ENDPOINT_URL; pass it explicitly.
ENDPOINT = os.environ["AWS_ENDPOINT_URL"]


def client(name):
    return boto3.client(name, endpoint_url=ENDPOINT)


s3 = client("s3")
s3.create_bucket(Bucket="iam-mvp-config")
s3.put_object(Bucket="iam-mvp-config", Key="config.json",
              Body=json.dumps({"feature_flags": {"notify": True}}).encode())

client("dynamodb").create_table(
    TableName="iam-mvp-events",
    AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
    KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
    BillingMode="PAY_PER_REQUEST",
)

kms = client("kms")
key_id = kms.create_key(Description="iam-mutate example")["KeyMetadata"]["KeyId"]
ciphertext = kms.encrypt(KeyId=key_id, Plaintext=b"bootstrap-secret")["CiphertextBlob"]

client("ssm").put_parameter(Name="/iam-mvp/runtime-config", Type="String", Value='{"mode":"demo"}')
secret_arn = client("secretsmanager").create_secret(
    Name="iam-mvp/api-key", SecretString="not-a-real-key")["ARN"]
topic_arn = client("sns").create_topic(Name="iam-mvp-notify")["TopicArn"]

# The execution role starts with no permissions: iam-mutate attaches the policy under test.
role_arn = client("iam").create_role(
    RoleName="iam-mvp-lambda-role",
    AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                       "Action": "sts:AssumeRole"}],
    }),
)["Role"]["Arn"]

package = io.BytesIO()
with zipfile.ZipFile(package, "w") as archive:
    archive.write(HERE / "handler.py", "handler.py")
lambda_ = client("lambda")
lambda_.create_function(
    FunctionName="iam-mvp-target",
    Runtime="python3.11",
    Handler="handler.handler",
    Role=role_arn,
    Code={"ZipFile": package.getvalue()},
    Timeout=30,
    Environment={"Variables": {
        "CONFIG_BUCKET": "iam-mvp-config",
        "EVENT_TABLE": "iam-mvp-events",
        "NOTIFY_TOPIC": topic_arn,
        "KMS_KEY_ID": key_id,
        "KMS_CIPHERTEXT_B64": base64.b64encode(ciphertext).decode(),
        "SSM_PARAM_NAME": "/iam-mvp/runtime-config",
        "SECRET_ID": secret_arn,
    }},
)
lambda_.get_waiter("function_active_v2").wait(FunctionName="iam-mvp-target")

with open(os.environ["IAM_MUTATE_OUTPUT"], "a", encoding="utf-8") as outputs:
    outputs.write(f"KMS_KEY_ID={key_id}\nSECRET_ARN={secret_arn}\nTOPIC_ARN={topic_arn}\n")

# boto3's service models are large: without this, tearing them down at interpreter exit costs
# ~0.2 s, which iam-mutate waits for (it needs the exit status). Frozen objects are left to
# the operating system.
gc.freeze()
