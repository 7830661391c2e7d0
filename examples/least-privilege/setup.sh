#!/usr/bin/env bash
# Creates the example's resources on the emulator, as admin. iam-mutate runs it once with
# AWS_ENDPOINT_URL, AWS_REGION and admin credentials set, and reads the KEY=VALUE lines it
# appends to $IAM_MUTATE_OUTPUT as ${KEY} substitutions for the policy.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${AWS_ENDPOINT_URL:?run this through iam-mutate, which points it at the emulator}"
: "${IAM_MUTATE_OUTPUT:=/dev/null}"
export AWS_PAGER=""
region=${AWS_REGION:-us-east-1}
account=$(aws sts get-caller-identity --query Account --output text)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

aws s3api create-bucket --bucket iam-mvp-config >/dev/null
echo '{"feature_flags": {"notify": true}}' >"$work/config.json"
aws s3api put-object --bucket iam-mvp-config --key config.json --body "$work/config.json" >/dev/null

aws dynamodb create-table --table-name iam-mvp-events \
  --attribute-definitions AttributeName=pk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST >/dev/null

key_id=$(aws kms create-key --description "iam-mutate example" --query KeyMetadata.KeyId --output text)
echo -n 'bootstrap-secret' >"$work/plain.txt"
ciphertext=$(aws kms encrypt --key-id "$key_id" --plaintext "fileb://$work/plain.txt" \
  --query CiphertextBlob --output text)

aws ssm put-parameter --name /iam-mvp/runtime-config --type String \
  --value '{"mode":"demo"}' >/dev/null
secret_arn=$(aws secretsmanager create-secret --name iam-mvp/api-key \
  --secret-string 'not-a-real-key' --query ARN --output text)
topic_arn=$(aws sns create-topic --name iam-mvp-notify --query TopicArn --output text)

# The execution role starts with no permissions: iam-mutate attaches the policy under test.
aws iam create-role --role-name iam-mvp-lambda-role --assume-role-policy-document '{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                 "Action": "sts:AssumeRole"}]}' >/dev/null

(cd "$here" && python3 -c "
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.write('handler.py')
" "$work/handler.zip")
aws lambda create-function --function-name iam-mvp-target --runtime python3.11 \
  --handler handler.handler --zip-file "fileb://$work/handler.zip" --timeout 30 \
  --role "arn:aws:iam::${account}:role/iam-mvp-lambda-role" \
  --environment "Variables={CONFIG_BUCKET=iam-mvp-config,EVENT_TABLE=iam-mvp-events,NOTIFY_TOPIC=${topic_arn},KMS_KEY_ID=${key_id},KMS_CIPHERTEXT_B64=${ciphertext},SSM_PARAM_NAME=/iam-mvp/runtime-config,SECRET_ID=${secret_arn}}" \
  >/dev/null
aws lambda wait function-active-v2 --function-name iam-mvp-target

{
  echo "KMS_KEY_ID=${key_id}"
  echo "SECRET_ARN=${secret_arn}"
  echo "TOPIC_ARN=${topic_arn}"
  echo "REGION=${region}"
} >>"$IAM_MUTATE_OUTPUT"
